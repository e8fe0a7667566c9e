# Contractions, expanded before matching so that one pattern covers every spelling:
# "don't", "don’t" and "dont" all read as "do not". Written by the replytone team.
# Apostrophe-less forms are listed only where they are not ordinary words ("wont", "ill",
# "were", "its", "id", "hell", "shell", "well", "cant" is kept: the noun is rare in replies).
dimension: contractions

don't dont = do not
doesn't doesnt = does not
didn't didnt = did not
isn't isnt = is not
aren't arent = are not
wasn't wasnt = was not
weren't werent = were not
haven't havent = have not
hasn't hasnt = has not
hadn't hadnt = had not
won't = will not
wouldn't wouldnt = would not
shouldn't shouldnt = should not
couldn't couldnt = could not
can't cant cannot = can not
mustn't mustnt = must not
needn't = need not
ain't aint = is not
i'm im = i am
i've ive = i have
i'll = i will
i'd = i would
you're youre = you are
you've youve = you have
you'll youll = you will
you'd youd = you would
we're = we are
we've weve = we have
we'll = we will
we'd = we would
they're theyre = they are
they've theyve = they have
they'll theyll = they will
they'd = they would
it's = it is
it'll = it will
that's thats = that is
that'll = that will
there's theres = there is
here's heres = here is
what's whats = what is
who's = who is
where's = where is
how's = how is
let's lets = let us
he's = he is
she's = she is
y'all = you all
gonna = going to
wanna = want to
gotta = got to
ok okay = okay
should've shouldve = should have
would've wouldve = would have
could've couldve = could have
must've mustve = must have
might've = might have
who've = who have
there're = there are
what're = what are
# Chat spellings ("u" and "ur" are left to the confrontation lexicon's own chat entries).
pls plz = please
thx = thanks
