package vn.innohub.identity;

import java.util.Optional;

/** Who is signed in on the current request, for object-level access checks in every module. */
public interface CurrentUser {

  Optional<Actor> get();

  /** The signed-in actor, or an AccessDeniedException when nobody is signed in. */
  Actor require();
}
