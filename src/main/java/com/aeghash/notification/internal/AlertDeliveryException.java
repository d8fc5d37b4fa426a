package com.aeghash.notification.internal;

/** The webhook did not accept an alert; its event publication stays incomplete and is retried. */
class AlertDeliveryException extends RuntimeException {

    AlertDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
