@NullMarked
package dev.opscharter.application.charter.service;

import org.jspecify.annotations.NullMarked;
