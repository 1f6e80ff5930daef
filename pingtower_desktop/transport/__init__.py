"""What senders share: the notification, the result, the pooled connections, error wording."""
