//! The HTTP server loop: accepting connections with timeouts, and a stop that ends in bounded time.
//!
//! `axum::serve` sets no timer, so a client that sends half its headers keeps its connection (and, at
//! shutdown, the whole process) for as long as it likes. This loop gives every connection a header
//! timeout, every request an overall timeout, and the stop a grace period after which the connections
//! still open are closed.

use std::future::Future;
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode};
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::task::JoinSet;
use tower::ServiceExt as _;
use tower_http::timeout::TimeoutLayer;

/// How long a client may take to send a request's headers, also between requests on a kept-alive
/// connection: slow or silent clients are disconnected.
const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// How long one request may take, its body included, before it is answered `408`: long enough for the
/// largest picture upload on a slow line.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);
/// After a stop signal, how long requests in flight may take to finish before the connections still open
/// are closed.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(5);

/// Serves `router` on `listener` until `shutdown` completes, then lets requests in flight finish for at
/// most [`SHUTDOWN_GRACE`].
pub async fn serve(listener: TcpListener, router: Router, shutdown: impl Future<Output = ()>) -> std::io::Result<()> {
    let router = router.layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, REQUEST_TIMEOUT));
    let graceful = GracefulShutdown::new();
    let mut connections = JoinSet::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors and the like: wait a little instead of spinning.
                    tracing::warn!(error = %e, "accepting a connection failed");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        while connections.try_join_next().is_some() {}
        let service = router.clone().map_request(move |mut request: Request<Incoming>| {
            request.extensions_mut().insert(ConnectInfo(remote));
            request.map(axum::body::Body::new)
        });
        let connection = hyper::server::conn::http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(HEADER_TIMEOUT)
            .serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
        let connection = graceful.watch(connection);
        connections.spawn(async move {
            if let Err(e) = connection.await {
                tracing::debug!(error = %e, "connection ended with an error");
            }
        });
    }
    drop(listener);
    if tokio::time::timeout(SHUTDOWN_GRACE, graceful.shutdown()).await.is_err() {
        while connections.try_join_next().is_some() {}
        tracing::warn!(open = connections.len(), "closing the connections still open after the grace period");
    }
    connections.shutdown().await;
    Ok(())
}
