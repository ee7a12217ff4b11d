//! Run-time detail added to a BlueKing PaaS message in the platform's own
//! convention, so that a service answers as the platform does and a client
//! reads the published message at the start.

use crate::paas::{ApiError, Shape};

impl ApiError {
    /// The error with `detail` added to its message, the way the error's
    /// [`Shape`] adds it:
    ///
    /// | shape | message | source |
    /// |---|---|---|
    /// | [`Shape::Esb`] | `Parameters error, <detail>` | ESB's components (the notes on the wire formats) |
    /// | [`Shape::Paas3`], [`Shape::Paas3StdJson`] | `<message>: <detail>` | bkpaas3's `APIError.f(reason)`, which appends `": " + reason` |
    /// | [`Shape::Gateway`] | `<message> [reason="<detail>"]` | the API gateway's `with_field`, as its body sends `reason` |
    /// | [`Shape::BkError`] | `<message>, <detail>` | none: open_paas's paas API v2 documents no rule; the crate's choice, ESB's |
    ///
    /// An empty message becomes the detail alone (the gateway's `reason="<detail>"`).
    ///
    /// ```
    /// use errcodes::body::Reply;
    /// use errcodes::paas::{ApiError, PaasError};
    ///
    /// let esb = ApiError::from(PaasError::ArgumentError).with_detail("bk_biz_id is required");
    /// assert_eq!(esb.message(), "Parameters error, bk_biz_id is required");
    /// let paas3 = ApiError::from(PaasError::CannotDeployApp).with_detail("构建超时");
    /// assert_eq!(paas3.message(), "部署失败: 构建超时");
    ///
    /// // What the crate writes, its reader reads back: the same code, the same message.
    /// let read = Reply::from_response(&esb.to_response())?;
    /// assert_eq!(read.error().map(|e| e.message()), Some("Parameters error, bk_biz_id is required"));
    /// # Ok::<(), errcodes::body::Unreadable>(())
    /// ```
    pub fn with_detail(self, detail: impl AsRef<str>) -> ApiError {
        let detail = detail.as_ref();
        let message = self.message();
        let message = match (self.shape(), message.is_empty()) {
            (Shape::Gateway, true) => format!("reason=\"{detail}\""),
            (_, true) => detail.to_owned(),
            (Shape::Esb | Shape::BkError, false) => format!("{message}, {detail}"),
            (Shape::Paas3 | Shape::Paas3StdJson, false) => format!("{message}: {detail}"),
            (Shape::Gateway, false) => format!("{message} [reason=\"{detail}\"]"),
        };
        self.with_message(message)
    }
}
