"""Train the screening engine's models from public data and the team's own school examples."""
