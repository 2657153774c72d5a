//! [`ByteCleaner`]: a [`Cleaner`] fed with the page's bytes in any encoding, chunk by chunk, that
//! gives the same [`Article`] as [`crate::clean_bytes`] on the whole input.
//!
//! The encoding is chosen as [`encoding::sniff`] chooses it. A BOM, the transport's charset or a
//! `<meta>` declaration is read from the first [`encoding::HEAD_BYTES`] bytes: only those are
//! held back, then everything is decoded (encoding_rs's streaming decoder, so a character split
//! between chunks is fine) and passed on as it arrives. A page that declares nothing is read as
//! UTF-8 while its bytes are valid UTF-8, its raw bytes kept: from its first invalid byte on, the
//! page is in some legacy encoding that only the whole input tells ([`encoding::guess`]), so the
//! bytes are only gathered, and the parse starts over at the end in the guessed encoding.
//!
//! Does no I/O: the caller reads the stream (see `src/wasm.rs` for a `ReadableStream`).

use encoding_rs::{CoderResult, Decoder, Encoding, UTF_8};

use crate::encoding;
use crate::{Article, Cleaner, Error, Options};

/// Streaming cleaner over raw bytes: `new`, any number of `write(chunk)`, then `end()`.
pub struct ByteCleaner {
    cleaner: Cleaner,
    options: Options,
    http_charset: Option<String>,
    written: usize,
    stage: Stage,
}

enum Stage {
    /// The first bytes, until the encoding they declare (if any) is known.
    Head(Vec<u8>),
    /// Decoding in a known encoding.
    Decoding(Decoder),
    /// Nothing declared and every byte so far valid UTF-8: decoding as UTF-8, with the raw
    /// bytes kept in case a later one is not. `checked`: bytes of `raw` known to be valid (the
    /// rest is the start of a character cut by the chunk boundary).
    Guess {
        decoder: Decoder,
        raw: Vec<u8>,
        checked: usize,
    },
    /// Nothing declared and not UTF-8: every byte gathered until the end, when the encoding is
    /// guessed from all of them.
    Legacy(Vec<u8>),
}

impl ByteCleaner {
    /// A cleaner for one page; `http_charset` is the transport's charset label, if any.
    pub fn new(http_charset: Option<&str>, options: Options) -> ByteCleaner {
        ByteCleaner {
            cleaner: Cleaner::new(options.clone()),
            options,
            http_charset: http_charset.map(str::to_string),
            written: 0,
            stage: Stage::Head(Vec::new()),
        }
    }

    /// Feeds the next chunk of raw bytes (chunks may split anywhere).
    pub fn write(&mut self, chunk: &[u8]) -> Result<(), Error> {
        self.written = self.written.saturating_add(chunk.len());
        if self.written > self.options.max_input_bytes {
            return Err(Error::InputTooLarge {
                limit: self.options.max_input_bytes,
            });
        }
        match &mut self.stage {
            Stage::Head(head) => {
                head.extend_from_slice(chunk);
                if head.len() >= encoding::HEAD_BYTES {
                    let head = std::mem::take(head);
                    self.start(&head, false)?;
                }
                Ok(())
            }
            Stage::Decoding(decoder) => feed(&mut self.cleaner, decoder, chunk, false),
            Stage::Guess {
                decoder,
                raw,
                checked,
            } => {
                raw.extend_from_slice(chunk);
                match valid_utf8_prefix(raw.get(*checked..).unwrap_or_default()) {
                    Some(len) => {
                        *checked += len;
                        feed(&mut self.cleaner, decoder, chunk, false)
                    }
                    None => {
                        self.stage = Stage::Legacy(std::mem::take(raw));
                        Ok(())
                    }
                }
            }
            Stage::Legacy(raw) => {
                raw.extend_from_slice(chunk);
                Ok(())
            }
        }
    }

    /// Finishes the page and returns the article.
    pub fn end(mut self) -> Result<Article, Error> {
        match std::mem::replace(&mut self.stage, Stage::Head(Vec::new())) {
            Stage::Head(head) => self.start(&head, true)?,
            Stage::Decoding(mut decoder) => feed(&mut self.cleaner, &mut decoder, &[], true)?,
            Stage::Guess {
                mut decoder,
                raw,
                checked,
            } => {
                if checked == raw.len() {
                    feed(&mut self.cleaner, &mut decoder, &[], true)?;
                } else {
                    // The page ends inside a character: not valid UTF-8 after all.
                    self.restart_as_legacy(&raw)?;
                }
            }
            Stage::Legacy(raw) => self.restart_as_legacy(&raw)?,
        }
        self.cleaner.end()
    }

    /// Chooses the encoding from the first bytes (`head`, the whole page when `last`) and
    /// decodes them.
    fn start(&mut self, head: &[u8], last: bool) -> Result<(), Error> {
        let declared = encoding::declared(head, self.http_charset.as_deref());
        let enc = match declared {
            Some(enc) => enc,
            None if last => encoding::sniff(head, None, self.options.url.as_deref()),
            None => match valid_utf8_prefix(head) {
                Some(checked) => {
                    let mut decoder = UTF_8.new_decoder();
                    feed(&mut self.cleaner, &mut decoder, head, false)?;
                    self.stage = Stage::Guess {
                        decoder,
                        raw: head.to_vec(),
                        checked,
                    };
                    return Ok(());
                }
                None => {
                    self.stage = Stage::Legacy(head.to_vec());
                    return Ok(());
                }
            },
        };
        self.decode_from_start(enc, head, last)
    }

    /// Starts the page over, all of it, in the legacy encoding its bytes look like.
    fn restart_as_legacy(&mut self, raw: &[u8]) -> Result<(), Error> {
        self.cleaner = Cleaner::new(self.options.clone());
        let enc = encoding::guess(raw, self.options.url.as_deref());
        self.decode_from_start(enc, raw, true)
    }

    /// Decodes the page's bytes from its first one in `enc` (a BOM still wins, as in
    /// [`Encoding::decode`]).
    fn decode_from_start(
        &mut self,
        enc: &'static Encoding,
        bytes: &[u8],
        last: bool,
    ) -> Result<(), Error> {
        let mut decoder = enc.new_decoder();
        feed(&mut self.cleaner, &mut decoder, bytes, last)?;
        self.stage = Stage::Decoding(decoder);
        Ok(())
    }
}

/// Decodes `bytes` (malformed sequences become U+FFFD) and writes the text to the cleaner.
fn feed(
    cleaner: &mut Cleaner,
    decoder: &mut Decoder,
    bytes: &[u8],
    last: bool,
) -> Result<(), Error> {
    let mut rest = bytes;
    loop {
        let room = decoder
            .max_utf8_buffer_length(rest.len())
            .unwrap_or(rest.len().saturating_mul(3))
            .max(16);
        let mut text = String::with_capacity(room);
        let (result, read, _) = decoder.decode_to_string(rest, &mut text, last);
        cleaner.write(text.as_bytes())?;
        rest = rest.get(read..).unwrap_or_default();
        if matches!(result, CoderResult::InputEmpty) {
            return Ok(());
        }
    }
}

/// The length of `bytes` that is valid UTF-8 when all of it is, or only a character cut at the
/// end is missing; `None` when an invalid byte occurs.
fn valid_utf8_prefix(bytes: &[u8]) -> Option<usize> {
    match std::str::from_utf8(bytes) {
        Ok(_) => Some(bytes.len()),
        Err(e) if e.error_len().is_none() => Some(e.valid_up_to()),
        Err(_) => None,
    }
}

#[cfg(test)]
mod tests;
