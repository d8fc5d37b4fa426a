/**
 * Operator alerts: the {@link com.aeghash.notification.Notifier} port, durable delivery through the event
 * publication registry, and the Slack-compatible webhook with throttling and batching.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common"})
package com.aeghash.notification;
