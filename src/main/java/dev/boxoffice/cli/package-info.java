/**
 * The picocli command line: parses flags, builds {@link dev.boxoffice.AppConfig}, calls a job or the server
 * and maps failures to exit codes. It holds no logic of its own.
 */
package dev.boxoffice.cli;
