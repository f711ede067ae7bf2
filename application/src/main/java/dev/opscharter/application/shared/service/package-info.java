@NullMarked
package dev.opscharter.application.shared.service;

import org.jspecify.annotations.NullMarked;
