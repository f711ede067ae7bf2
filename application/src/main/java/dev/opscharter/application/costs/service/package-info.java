@NullMarked
package dev.opscharter.application.costs.service;

import org.jspecify.annotations.NullMarked;
