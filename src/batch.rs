//! Many replies at once: a macro export, a day's tickets, a corpus.
//!
//! With the `rayon` feature the replies are spread over rayon's thread pool (all cores by
//! default); without it they are analysed one after another on the calling thread. The API and
//! the results are the same either way, so turning the feature on only changes the speed.

use crate::{Analyzer, Report};

impl Analyzer {
    /// Analyses many replies, each on its own (as [`Analyzer::analyze`] would), and returns
    /// their reports in the order of `texts`.
    ///
    /// With the crate feature `rayon` the work is spread over the current rayon thread pool:
    /// the global pool uses all cores, and a pool of your own applies when you call this
    /// inside its `rayon::ThreadPool::install`. Without the feature it runs sequentially on the
    /// calling thread. Either way the reports equal those of `analyze`, reply by reply.
    ///
    /// ```
    /// use replytone::Analyzer;
    /// let analyzer = Analyzer::default();
    /// let replies = ["Calm down, it ships Monday.", "Hi Sam, I'm so sorry about the wait!"];
    /// let reports = analyzer.analyze_batch(&replies);
    /// assert_eq!(reports.len(), 2);
    /// assert!(reports[0].scores.confrontation > reports[1].scores.confrontation);
    /// assert_eq!(reports[1], analyzer.analyze(replies[1]));
    ///
    /// // Owned strings work too.
    /// let owned: Vec<String> = replies.iter().map(|r| r.to_string()).collect();
    /// assert_eq!(analyzer.analyze_batch(&owned), reports);
    /// ```
    pub fn analyze_batch<S: AsRef<str> + Sync>(&self, texts: &[S]) -> Vec<Report> {
        #[cfg(feature = "rayon")]
        {
            use rayon::prelude::*;
            // A reply takes microseconds; handing out fewer than a handful at a time costs more
            // in scheduling than it gains in balance.
            texts
                .par_iter()
                .with_min_len(8)
                .map(|text| self.analyze(text.as_ref()))
                .collect()
        }
        #[cfg(not(feature = "rayon"))]
        {
            texts
                .iter()
                .map(|text| self.analyze(text.as_ref()))
                .collect()
        }
    }
}
