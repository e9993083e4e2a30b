//! The `twinbridge` binary: everything lives in the library so tests can start the same application.

/// mimalloc instead of the system allocator: a request allocates and frees many small buffers on
/// several threads (the runtime's and SQLite's workers), where glibc's allocator spent about a quarter
/// of the CPU under load (ADR 0023).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    twinbridge::cli::main()
}
