@NullMarked
package dev.opscharter.application.appraisal.service;

import org.jspecify.annotations.NullMarked;
