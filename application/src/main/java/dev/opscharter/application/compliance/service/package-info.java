@NullMarked
package dev.opscharter.application.compliance.service;

import org.jspecify.annotations.NullMarked;
