package fi.polku.hub.cli;

/**
 * A command that starts a hub in its own process and, when the hub cannot start for a reason with a
 * start-up code, exits with that code's status: its help lists them ({@link
 * StartupFailures#listExitStatuses}).
 */
interface StartsHub {}
