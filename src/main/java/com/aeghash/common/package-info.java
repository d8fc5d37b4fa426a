/**
 * Shared kernel: amounts and their rules, secrets and masking, the API error model, the unit of work, the
 * lifecycle table, vendor-call outcomes and job infrastructure. Every module may use it; it uses no module.
 */
@org.springframework.modulith.ApplicationModule(
        type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package com.aeghash.common;
