/**
 * Operator alerts: the {@link com.aeghash.notification.Notifier} port, durable delivery through the event
 * publication registry, and the Slack-compatible webhook with throttling and batching.
 */
package com.aeghash.notification;
