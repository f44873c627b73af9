// Preloaded into dynalite by dynalite_server.cpp (node --require): the server's stdin is a pipe
// whose other end the test program holds, so the server ends when that program ends, however it
// ends (a crash included).
'use strict';
process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();
