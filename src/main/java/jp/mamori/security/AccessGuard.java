package jp.mamori.security;

import java.util.Arrays;
import java.util.Optional;

import jp.mamori.security.domain.AccessPolicy;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Every module asks here whether the current actor may see or change something
 * (the decisions themselves are in {@link AccessPolicy}). Refusals become 403.
 */
@Component
public class AccessGuard {

    public Actor current() {
        return currentIfAny().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not authenticated"));
    }

    public Optional<Actor> currentIfAny() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof MamoriUser user) {
            return Optional.of(user.actor());
        }
        return Optional.empty();
    }

    public Actor requireRole(Role... roles) {
        Actor actor = current();
        if (Arrays.stream(roles).noneMatch(actor::is)) {
            throw denied();
        }
        return actor;
    }

    public Actor requireReadNational() {
        return check(AccessPolicy.canReadNational(current()));
    }

    public Actor requireChangeNational() {
        return check(AccessPolicy.canChangeNational(current()));
    }

    public Actor requireReadPrefecture(PrefectureCode prefecture) {
        return check(AccessPolicy.canReadPrefecture(current(), prefecture));
    }

    public Actor requireChangePrefecture(PrefectureCode prefecture) {
        return check(AccessPolicy.canChangePrefecture(current(), prefecture));
    }

    public Actor requireReadHospital(HospitalCode hospital) {
        return check(AccessPolicy.canReadHospital(current(), hospital));
    }

    public Actor requireChangeHospital(HospitalCode hospital) {
        return check(AccessPolicy.canChangeHospital(current(), hospital));
    }

    public boolean canReadPrefecture(PrefectureCode prefecture) {
        return currentIfAny().map(a -> AccessPolicy.canReadPrefecture(a, prefecture)).orElse(false);
    }

    public boolean canChangePrefecture(PrefectureCode prefecture) {
        return currentIfAny().map(a -> AccessPolicy.canChangePrefecture(a, prefecture)).orElse(false);
    }

    public boolean canChangeNational() {
        return currentIfAny().map(AccessPolicy::canChangeNational).orElse(false);
    }

    private Actor check(boolean allowed) {
        if (!allowed) {
            throw denied();
        }
        return current();
    }

    private static AccessDeniedException denied() {
        return new AccessDeniedException("この操作を行う権限がありません。");
    }
}
