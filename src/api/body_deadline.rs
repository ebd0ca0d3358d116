//! BODY_READ_TIMEOUT_MS as one deadline for the whole body, counted from when the request's head
//! has arrived. tower-http's body timeout restarts at every frame, so a client sending a byte a
//! second would hold its connection (and a permit of MAX_CONNECTIONS) forever.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::body::{Body, Bytes, HttpBody};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http_body::{Frame, SizeHint};
use tokio::time::{Instant, Sleep};

/// The error a body read fails with once the deadline has passed (the JSON extractor's rejection
/// carries it, and `ApiError` turns it into a 408).
#[derive(Debug, thiserror::Error)]
#[error("the request body was not received within BODY_READ_TIMEOUT_MS")]
pub struct BodyDeadlineExceeded;

/// A body that fails with [`BodyDeadlineExceeded`] once `deadline` passes before its end.
struct DeadlineBody {
    body: Body,
    deadline: Pin<Box<Sleep>>,
}

impl HttpBody for DeadlineBody {
    type Data = Bytes;
    type Error = axum::BoxError;

    fn poll_frame(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        let this = self.get_mut();
        // The body first: what has already arrived is taken even at the deadline.
        if let Poll::Ready(frame) = Pin::new(&mut this.body).poll_frame(cx) {
            return Poll::Ready(frame.map(|f| f.map_err(Into::into)));
        }
        match this.deadline.as_mut().poll(cx) {
            Poll::Ready(()) => Poll::Ready(Some(Err(BodyDeadlineExceeded.into()))),
            Poll::Pending => Poll::Pending,
        }
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.body.size_hint()
    }
}

/// Gives the request's body `timeout` in all, from now (its head has been read).
pub async fn limit_body_time(State(timeout): State<Duration>, request: Request, next: Next) -> Response {
    let deadline = Box::pin(tokio::time::sleep_until(Instant::now() + timeout));
    next.run(request.map(|body| Body::new(DeadlineBody { body, deadline }))).await
}
