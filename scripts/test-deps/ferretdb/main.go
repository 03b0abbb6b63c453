// Command ferretdb-test-server runs FerretDB v1 (SQLite backend) for the test suites: a
// MongoDB wire-protocol server on a loopback port, its data in a directory the caller owns.
//
// It embeds FerretDB through its public `ferretdb` package rather than building FerretDB's own
// command, whose start-up insists on version files that only FerretDB's release build writes.
// Once it listens it prints one line, the connection string; it stops on SIGTERM or SIGINT
// (and, with -stop-on-stdin-eof, when its parent goes away).
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func ferretDBVersion() string {
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, dep := range info.Deps {
			if dep.Path == "github.com/FerretDB/FerretDB" {
				return dep.Version
			}
		}
	}
	return "unknown"
}

func main() {
	listen := flag.String("listen", "127.0.0.1:0", "TCP address to listen on (port 0 picks a free one)")
	dataDir := flag.String("data", "", "directory for the SQLite files (required)")
	version := flag.Bool("version", false, "print the FerretDB module version and exit")
	parentPipe := flag.Bool("stop-on-stdin-eof", false, "stop when standard input closes (the parent process is gone)")
	flag.Parse()

	if *version {
		fmt.Println(ferretDBVersion())
		return
	}
	if *dataDir == "" {
		fmt.Fprintln(os.Stderr, "ferretdb-test-server: -data is required")
		os.Exit(2)
	}

	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	server, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listen},
		Logger:    logger,
		Handler:   "sqlite",
		SQLiteURL: "file:" + *dataDir + "/",
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "ferretdb-test-server:", err)
		os.Exit(1)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	if *parentPipe {
		// A test runner that dies without stopping the server closes this pipe; never outlive it.
		go func() {
			_, _ = io.Copy(io.Discard, os.Stdin)
			stop()
		}()
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = server.Run(ctx)
	}()
	// MongoDBURI waits until the listener has its address, so this line means "ready to connect".
	fmt.Println(server.MongoDBURI())
	<-done
}
