package com.aeghash.mining.support;

import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every alert raised, for assertions. */
public final class RecordingNotifier implements Notifier {

    private final List<Alert> alerts = new CopyOnWriteArrayList<>();

    @Override
    public void alert(Alert alert) {
        alerts.add(alert);
    }

    @Override
    public void alertIndependently(Alert alert) {
        alerts.add(alert);
    }

    public List<Alert> alerts() {
        return List.copyOf(alerts);
    }
}
