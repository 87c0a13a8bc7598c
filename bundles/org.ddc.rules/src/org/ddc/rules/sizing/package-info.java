/**
 * The findings of the host sizing rules, written once from the analysis's placement (org.ddc.analysis.sizing): a
 * host design or cluster that cannot carry its VMs with N+k is reported by the rule whose constraint stops it —
 * IPD-2-04 for memory, CPU, anti-affinity and isolation, LIM-HOST-VMS for running VMs per host, LIM-HOST-VCPU for
 * virtual processors per host — so one problem gets one finding, and its fix proposes the count the placement
 * found.
 */
package org.ddc.rules.sizing;
