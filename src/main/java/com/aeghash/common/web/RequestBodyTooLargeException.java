package com.aeghash.common.web;

import java.io.IOException;

/** Raised while reading a request body that exceeds the configured limit. */
public class RequestBodyTooLargeException extends IOException {

    public RequestBodyTooLargeException(long limitBytes) {
        super("request body exceeds " + limitBytes + " bytes");
    }
}
