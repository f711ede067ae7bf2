@NullMarked
package dev.opscharter.application.organization.service;

import org.jspecify.annotations.NullMarked;
