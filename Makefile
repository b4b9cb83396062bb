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

test-san: build-san
	-$(TEST_ENV) ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  $(XVFB) $(MESON) test -C $(SAN_BUILD) --print-errorlogs --num-processes 2 --timeout-multiplier 3 --no-suite bench

test: test-plain test-san
	@python3 build-aux/test-summary.py $(BUILD)/meson-logs/testlog.json $(SAN_BUILD)/meson-logs/testlog.json

clean:
	rm -rf $(BUILD) $(SAN_BUILD)
