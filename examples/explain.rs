//! Explains error codes given on the command line, on any platform:
//! `cargo run --example explain -- CCI.02.409101 ARGUMENT_ERROR`.

use std::process::ExitCode;

use errcodes::ErrorCode;

fn main() -> ExitCode {
    let codes: Vec<String> = std::env::args().skip(1).collect();
    if codes.is_empty() {
        eprintln!("usage: explain <CODE>...");
        return ExitCode::from(2);
    }
    let mut status = ExitCode::SUCCESS;
    for code in &codes {
        match errcodes::lookup(code) {
            Ok(error) => {
                println!("{} {} ({})", error.vendor(), error.code(), error.name());
                println!("  HTTP status: {}", error.http_status());
                println!("  message:     {}", error.message());
                if let Some(solution) = error.solution() {
                    println!("  solution:    {solution}");
                }
            }
            Err(error) => {
                eprintln!("error: {error}");
                status = ExitCode::FAILURE;
            }
        }
    }
    status
}
