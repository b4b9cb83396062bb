# The two commands of the README: `make run` and `make test`.
# Everything else here is what they stand on.

BUILD     ?= build
SAN_BUILD ?= build-san
MESON     ?= meson
XVFB      ?= xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp"

TEST_ENV = GTK_A11Y=none GSK_RENDERER=cairo GDK_BACKEND=x11 NO_AT_BRIDGE=1

.PHONY: all deps build build-san run test test-plain test-san check-po clean

all: build

deps:
	@sh build-aux/install-deps.sh

$(BUILD)/build.ninja:
	$(MESON) setup $(BUILD)

$(SAN_BUILD)/build.ninja:
	$(MESON) setup $(SAN_BUILD) -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug

build: deps $(BUILD)/build.ninja
	$(MESON) compile -C $(BUILD)

build-san: deps $(SAN_BUILD)/build.ninja
	$(MESON) compile -C $(SAN_BUILD)

run: build
	$(MESON) devenv -C $(BUILD) ./src/ntm $(ARGS)

test-plain: build
	-$(TEST_ENV) $(XVFB) $(MESON) test -C $(BUILD) --print-errorlogs --num-processes 2

# Leaks are detected too. build-aux/lsan.supp lists the few that libraries
# keep for the life of the process, each with its reason; suppressions match
# on stack frames, so allocation stacks are unwound properly (the libraries
# have no frame pointers), 8 frames deep to keep it quick. The tests draw
# with cairo (GSK_RENDERER), so GL is not set up at all (GDK_DEBUG): a GL
# driver's one-time set-up, in a module it unloads, could not be matched.
#
# Unwinding every allocation makes this run about seven times slower than
# the plain one, so two suites run in the plain build only, to keep the
# whole of `make test` well within its time: 'vietnamese' (the second run of
# each window test, through the same code with the strings translated) and
# 'safety' (the real program killed at random moments and run in read-only
# places, hundreds of runs, which tests what is left on disk, not memory).
test-san: build-san
	-$(TEST_ENV) GDK_DEBUG=gl-disable \
	  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:fast_unwind_on_malloc=0:malloc_context_size=8 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/build-aux/lsan.supp:print_suppressions=0 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  $(XVFB) $(MESON) test -C $(SAN_BUILD) --print-errorlogs --num-processes 2 --timeout-multiplier 3 \
	    --no-suite bench --no-suite vietnamese --no-suite safety

test: test-plain test-san
	@python3 build-aux/test-summary.py $(BUILD)/meson-logs/testlog.json $(SAN_BUILD)/meson-logs/testlog.json

clean:
	rm -rf $(BUILD) $(SAN_BUILD)
