package org.roundtable.observation;

import jakarta.faces.convert.EnumConverter;
import jakarta.faces.convert.FacesConverter;
import org.roundtable.people.RoleGroup;

/**
 * The converters of the observation list's enum parameters, named on its view parameters. Without a converter a view
 * parameter asks its value expression for the property's type on every request to pick one (an EL resolution through
 * the bean for each of the list's nine parameters, a twentieth of its CPU in a profile); named, the converter is
 * created from its id. Each converts exactly as Faces' own enum converter for that type would.
 */
final class ListParameters {

    private ListParameters() {
    }

    /** {@code ?tone=CONCERN}. */
    @FacesConverter("roundtable.tone")
    public static class ToneParameter extends EnumConverter {
        public ToneParameter() {
            super(Tone.class);
        }
    }

    /** {@code ?group=TEACHER}. */
    @FacesConverter("roundtable.roleGroup")
    public static class RoleGroupParameter extends EnumConverter {
        public RoleGroupParameter() {
            super(RoleGroup.class);
        }
    }

    /** {@code ?sort=OLDEST}. */
    @FacesConverter("roundtable.listSort")
    public static class SortParameter extends EnumConverter {
        public SortParameter() {
            super(ObservationList.Sort.class);
        }
    }
}
