//! The load test's baseline: a bare axum server answering "hello" on `GET /`, with the same runtime as
//! `twinbridge serve`. Figures of the service are reported as a share of this one's, measured in the same
//! run, because the absolute numbers of a shared machine move with its load (`scripts/load-test`).
//!
//! `cargo run --release --example bare_hello -- 127.0.0.1:18079`

use axum::Router;
use axum::routing::get;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let address = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:18079".to_owned());
    let app = Router::new().route("/", get(|| async { "hello" }));
    let listener = tokio::net::TcpListener::bind(&address).await?;
    axum::serve(listener, app).await
}
