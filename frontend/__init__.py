"""Browser pages for physicians, experts and admins."""
