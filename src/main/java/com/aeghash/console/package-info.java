/**
 * The operators' web console (Thymeleaf + htmx, form login): dashboards and work queues built only on the
 * other modules' public APIs. It owns no data.
 */
package com.aeghash.console;
