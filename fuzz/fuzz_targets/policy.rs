#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| replytone_fuzz::policy(data));
