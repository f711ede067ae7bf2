package dev.opscharter.application.charter.port.in;

import dev.opscharter.domain.charter.Charter;

import java.util.List;

/** Reading the charter: the version in force today, and every version ever made. */
public interface CharterQueries {

    Charter inForce();

    /** Oldest first. */
    List<Charter> versions();

    Charter version(int number);
}
