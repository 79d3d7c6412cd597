"""Comment moderation: the crisis detector and the learned spam model."""
