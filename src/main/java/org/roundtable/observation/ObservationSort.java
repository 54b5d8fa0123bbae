package org.roundtable.observation;

/** The columns the observation list sorts by, each with the JPQL path it orders on. */
public enum ObservationSort {
    DATE("o.observedOn"), SCHOOL("s.name"), TONE("o.tone"), ROLE_GROUP("o.roleGroup"), AUTHOR("a.displayName");

    final String path;

    ObservationSort(String path) {
        this.path = path;
    }
}
