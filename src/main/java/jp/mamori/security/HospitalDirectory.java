package jp.mamori.security;

import jp.mamori.shared.HospitalCode;

/** Lets accounts be bound to a registry hospital without this module depending on the registry. */
public interface HospitalDirectory {

    boolean exists(HospitalCode code);
}
