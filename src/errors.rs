//! [`Error`]: the ways cleaning can fail.
//!
//! Heuristic failure ("no article found") is not an error: it is an [`crate::Article`] with
//! `readerable: false`. Errors are limits exceeded, invalid options and parser failures.

use std::fmt;

/// A failure of [`crate::clean`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The input is larger than [`crate::Options::max_input_bytes`].
    InputTooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// The page has more elements than [`crate::Options::max_elements`].
    TooManyElements {
        /// The limit.
        limit: usize,
    },
    /// lol_html needed more memory than [`crate::Options::max_parser_memory`] (for example a
    /// multi-megabyte tag or attribute, or hundreds of thousands of unclosed elements).
    ParserMemoryLimit {
        /// The limit in bytes.
        limit: usize,
    },
    /// The options are invalid.
    InvalidOptions(String),
    /// lol_html refused the input.
    Parse(String),
    /// A bug: an internal invariant failed. Please report it.
    Internal(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InputTooLarge { limit } => {
                write!(f, "the page is larger than the {} limit", mib(*limit))
            }
            Error::TooManyElements { limit } => {
                write!(f, "the page has more than {limit} elements")
            }
            Error::ParserMemoryLimit { limit } => write!(
                f,
                "the page needs more than {} of parser memory (a huge tag or attribute, or \
                 extremely deep unclosed nesting)",
                mib(*limit)
            ),
            Error::InvalidOptions(m) => write!(f, "invalid options: {m}"),
            Error::Parse(m) => write!(f, "the page could not be parsed: {m}"),
            Error::Internal(m) => write!(f, "internal error (please report): {m}"),
        }
    }
}

impl std::error::Error for Error {}

fn mib(bytes: usize) -> String {
    if bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 {
        format!("{} MiB", bytes / (1024 * 1024))
    } else {
        format!("{bytes} bytes")
    }
}

impl Error {
    /// Maps a lol_html error, recovering our own errors raised inside handlers.
    pub(crate) fn from_rewriting(
        e: lol_html::errors::RewritingError,
        memory_limit: usize,
    ) -> Error {
        use lol_html::errors::RewritingError as R;
        match e {
            R::MemoryLimitExceeded(_) => Error::ParserMemoryLimit {
                limit: memory_limit,
            },
            R::ContentHandlerError(inner) => match inner.downcast::<Error>() {
                Ok(ours) => *ours,
                Err(other) => Error::Parse(other.to_string()),
            },
            other => Error::Parse(other.to_string()),
        }
    }
}
