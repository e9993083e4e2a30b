//! The `twinbridge` binary: everything lives in the library so tests can start the same application.

fn main() -> std::process::ExitCode {
    twinbridge::cli::main()
}
