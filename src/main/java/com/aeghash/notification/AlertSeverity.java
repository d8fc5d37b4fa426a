package com.aeghash.notification;

public enum AlertSeverity {
    INFO,
    WARNING,
    CRITICAL
}
