//! Reads JSON lines on stdin and writes one screening result per line (the `screen --format jsonl` protocol).
//! Exits with 2 at the end if any line was malformed.

use std::io::{BufRead, BufWriter, Write};

use twinbridge_screening::{Screener, jsonl};

fn main() -> std::io::Result<()> {
    let screener = Screener::shared();
    let stdin = std::io::stdin();
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut malformed = false;
    // Lines are read as bytes, so a line that is not UTF-8 gets an error line instead of ending the run.
    for line in stdin.lock().split(b'\n') {
        let mut line = line?;
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        let (result, bad) = jsonl::process_line_bytes(screener, &line);
        malformed |= bad;
        writeln!(out, "{result}")?;
    }
    out.flush()?;
    if malformed {
        std::process::exit(2);
    }
    Ok(())
}
