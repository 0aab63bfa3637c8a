#!/usr/bin/env bash
# A one-node Slurm cluster on this machine (slurmctld + slurmd on localhost), for build/slurm/test.sh. Root only; Debian
# or Ubuntu with `apt-get install slurm-wlm munge`. Steps as in the notes that saw it working (Slurm 22.05, Debian 12).
#
#   build/slurm/local-cluster.sh up     # configure (if not yet) and start munged, slurmctld, slurmd; wait for the node
#   build/slurm/local-cluster.sh down   # stop the daemons this script started (by the process ids it recorded)
#   build/slurm/local-cluster.sh check  # exit 0 if sinfo answers and the node is up
#
# The daemons run under `nice -n ${RC_SLURM_NICE:-10}`, so every job they start inherits that niceness. Exit code 4
# means Slurm cannot run here (not installed, not root); the reason is the last line on stderr.
set -euo pipefail

state=${RC_SLURM_STATE:-/run/regioncount-slurm}
niceness=${RC_SLURM_NICE:-10}

cannot() { echo "slurm cannot start here: $*" >&2; exit 4; }

check() { timeout 10 sinfo -h -o '%t' 2>/dev/null | grep -Eq '^(idle|mix|alloc)'; }

up() {
  if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null; then
    cannot "slurmctld/slurmd not installed (apt-get install slurm-wlm munge)"
  fi
  command -v munged >/dev/null || cannot "munged not installed (apt-get install munge)"
  [ "$(id -u)" -eq 0 ] || cannot "the daemons need root (SlurmUser=root in this one-node setup)"
  if check; then echo "slurm already up"; return 0; fi
  mkdir -p "$state" /run/munge /var/spool/slurmctld /var/spool/slurmd /var/log/slurm
  chown munge:munge /run/munge
  [ -s /etc/munge/munge.key ] || cannot "/etc/munge/munge.key missing (reinstall munge)"
  if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
    su -s /bin/sh munge -c /usr/sbin/munged
    sleep 1
    cp /run/munge/munged.pid "$state/munged.pid"
  fi
  munge -n | unmunge | grep -q 'STATUS: *Success' || cannot "munge does not authenticate"
  local host cpus mb
  host=$(hostname -s); cpus=$(nproc); mb=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 - 1024 ))
  if ! grep -q "^NodeName=$host " /etc/slurm/slurm.conf 2>/dev/null; then
    [ -f /etc/slurm/slurm.conf ] && cp /etc/slurm/slurm.conf "$state/slurm.conf.before"
    cat > /etc/slurm/slurm.conf <<CONF
# Written by build/slurm/local-cluster.sh: a one-node cluster for tests.
ClusterName=local
SlurmctldHost=$host
SlurmUser=root
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
ReturnToService=2
KillWait=30
NodeName=$host CPUs=$cpus RealMemory=$mb State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
  fi
  nice -n "$niceness" /usr/sbin/slurmctld
  nice -n "$niceness" /usr/sbin/slurmd
  for _ in $(seq 1 60); do
    if check; then
      # The daemons' own pid files (Slurm's defaults: SlurmctldPidFile, SlurmdPidFile).
      cp /run/slurmctld.pid "$state/slurmctld.pid"; cp /run/slurmd.pid "$state/slurmd.pid"
      echo "slurm up: node $host, $cpus CPUs, daemons at niceness $niceness"; return 0
    fi
    sleep 1
  done
  cannot "the node did not come up within 60 s (see /var/log/slurm/)"
}

down() {
  for daemon in slurmd slurmctld munged; do
    if [ -s "$state/$daemon.pid" ]; then
      while read -r pid; do kill "$pid" 2>/dev/null || true; done < "$state/$daemon.pid"
      rm -f "$state/$daemon.pid"
    fi
  done
  echo "slurm down"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  check) check ;;
  *) echo "usage: $0 up|down|check" >&2; exit 2 ;;
esac
