package jp.mamori.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated principal; carries the actor so every module can ask who is asking. */
final class MamoriUser implements UserDetails {

    private final Actor actor;

    MamoriUser(Actor actor) {
        this.actor = actor;
    }

    Actor actor() {
        return actor;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(actor.role().authority()));
    }

    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MamoriUser other && other.actor.userId() == actor.userId();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(actor.userId());
    }

    @Override
    public String toString() {
        return actor.username();
    }
}
