/**
 * Shared kernel: amounts and their rules, secrets and masking, the API error model, the unit of work
 * and job infrastructure. Every module may use it; it depends on no business module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package com.aeghash.common;
