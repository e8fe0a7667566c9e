dimension: gratitude
[stub-gratitude]
pattern: zzstubgratitude
weight: 1
match: zzstubgratitude
