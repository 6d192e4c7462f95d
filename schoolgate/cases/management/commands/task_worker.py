"""Run database tasks like `db_worker`, first queuing again tasks whose worker died (a lease)."""

from __future__ import annotations

import datetime
import time
from argparse import ArgumentParser
from typing import Any

from django.core.management.base import CommandError
from django_tasks_db.management.commands.db_worker import Command as DbWorkerCommand
from django_tasks_db.management.commands.db_worker import Worker, valid_interval

from schoolgate.cases.leases import TASK_LEASE, recover_expired_tasks


class LeasedWorker(Worker):
    """django-tasks-db's worker, which has no lease: between polls it recovers expired tasks."""

    def __init__(self, *, lease: datetime.timedelta, **options: Any) -> None:
        super().__init__(**options)
        self.lease = lease

    def run(self) -> None:
        keep_polling = not self.batch
        # The parent's loop runs until no task is ready; ours recovers leases around it.
        self.batch = True
        while self.running:
            recover_expired_tasks(self.lease)
            super().run()
            self.startup_delay = False
            done = self.max_tasks is not None and self._run_tasks >= self.max_tasks
            if done or not keep_polling:
                return
            time.sleep(self.interval)


class Command(DbWorkerCommand):
    help = "Run database tasks; a task whose worker died is run again after its lease expires."

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        parser.add_argument(
            "--lease",
            type=valid_interval,
            default=TASK_LEASE.total_seconds(),
            help="Seconds after its start when a running task counts as abandoned "
            "(default: %(default)s)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        self.configure_logging(options["verbosity"])
        queue_names = options["queue_name"].split(",")
        excluded = options["exclude_queues"].split(",") if options["exclude_queues"] else []
        if excluded and "*" not in queue_names:
            raise CommandError("--exclude-queues can only be used with --queue-name=*")
        worker = LeasedWorker(
            lease=datetime.timedelta(seconds=options["lease"]),
            queue_names=queue_names,
            interval=options["interval"],
            batch=options["batch"],
            backend_name=options["backend_name"],
            startup_delay=options["startup_delay"],
            max_tasks=options["max_tasks"],
            worker_id=options["worker_id"],
            excluded_queue_names=excluded,
        )
        worker.configure_signals()
        worker.run()
