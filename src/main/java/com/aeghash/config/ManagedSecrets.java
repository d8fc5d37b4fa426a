package com.aeghash.config;

import java.util.List;

/** Implemented by any module that holds credentials, so the start-up key report covers them all. */
public interface ManagedSecrets {

    List<ManagedSecret> managedSecrets();
}
