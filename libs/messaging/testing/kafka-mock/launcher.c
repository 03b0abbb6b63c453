/*
 * A Kafka-protocol broker for tests: librdkafka's built-in mock cluster, kept alive
 * until stdin closes (the parent died or let go) or SIGTERM/SIGINT arrives.
 *
 * usage: launcher <brokers> <topic>:<partitions> [<topic>:<partitions> ...]
 * prints one line "bootstrap=<host:port,...>" on stdout once the topics exist.
 *
 * Topics are created here because the mock reports controller id 0 and so
 * kafkajs' admin.createTopics cannot reach it.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

static volatile sig_atomic_t stopping = 0;

static void on_signal(int sig) {
  (void)sig;
  stopping = 1;
}

static int fail(const char *what) {
  fprintf(stderr, "crm-kafka-mock: %s\n", what);
  return 1;
}

int main(int argc, char **argv) {
  char errstr[512];
  if (argc < 3) return fail("usage: launcher <brokers> <topic>:<partitions>...");
  int brokers = atoi(argv[1]);
  if (brokers < 1) return fail("broker count must be >= 1");

  /* The mock cluster lives inside a client handle; a producer is the lightest one. */
  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  if (rd_kafka_conf_set(conf, "log_level", "3", errstr, sizeof errstr) != RD_KAFKA_CONF_OK) return fail(errstr);
  rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr);
  if (!rk) return fail(errstr);

  rd_kafka_mock_cluster_t *mcluster = rd_kafka_mock_cluster_new(rk, brokers);
  if (!mcluster) return fail("could not create the mock cluster");

  for (int i = 2; i < argc; i++) {
    char *colon = strrchr(argv[i], ':');
    if (!colon || colon == argv[i]) return fail("topics are given as <topic>:<partitions>");
    *colon = '\0';
    int partitions = atoi(colon + 1);
    if (partitions < 1) return fail("partition count must be >= 1");
    int replication = brokers < 3 ? brokers : 3;
    if (rd_kafka_mock_topic_create(mcluster, argv[i], partitions, replication) != RD_KAFKA_RESP_ERR_NO_ERROR)
      return fail("could not create a topic");
  }

  printf("bootstrap=%s\n", rd_kafka_mock_cluster_bootstraps(mcluster));
  fflush(stdout);

  /* No SA_RESTART: a signal interrupts read() so the loop can notice it. */
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sigaction(SIGTERM, &sa, NULL);
  sigaction(SIGINT, &sa, NULL);

  char buf[256];
  while (!stopping) {
    ssize_t n = read(STDIN_FILENO, buf, sizeof buf);
    if (n == 0) break;
    if (n < 0 && errno != EINTR) break;
  }

  rd_kafka_mock_cluster_destroy(mcluster);
  rd_kafka_destroy(rk);
  return 0;
}
