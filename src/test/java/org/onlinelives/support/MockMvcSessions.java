package org.onlinelives.support;

import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Lets MockMvc tests keep using {@code .session(mockHttpSession)} while every session
 * lives in the database through Spring Session, as in production: the
 * {@link MockHttpSession} a test passes along carries the id of the real session, as a
 * browser's cookie would. So every integration test stores what it puts in the session in
 * the database and reads it back, and a session attribute that cannot be serialized fails
 * the test that sets it. Requests from a real HTTP client use the cookie.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MockMvcSessions {

	private static final String SESSION_ID = MockMvcSessions.class.getName() + ".id";

	private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

	@Bean
	HttpSessionIdResolver mockMvcSessionIds() {
		DefaultCookieSerializer cookies = new DefaultCookieSerializer();
		cookies.setCookieName("JSESSIONID");
		CookieHttpSessionIdResolver browsers = new CookieHttpSessionIdResolver();
		browsers.setCookieSerializer(cookies);
		return new CarriedByMockSession(browsers);
	}

	/**
	 * MockMvc's {@code flashAttrs(...)} leaves flash attributes in the request's own
	 * session, where the application no longer looks; this moves them into the database
	 * session, as a redirect's flash would be.
	 */
	@Bean
	FilterRegistrationBean<Filter> mockMvcFlashAttributes() {
		Filter filter = (request, response, chain) -> {
			MockHttpServletRequest mock = CarriedByMockSession.mock(request);
			HttpSession carrier = (mock != null) ? mock.getSession(false) : null;
			Object flash = (carrier != null) ? carrier.getAttribute(FLASH_MAPS) : null;
			if (flash != null) {
				carrier.removeAttribute(FLASH_MAPS);
				((HttpServletRequest) request).getSession().setAttribute(FLASH_MAPS, flash);
			}
			chain.doFilter(request, response);
		};
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
		return registration;
	}

	/** The id of the database session this MockMvc session carries, if any. */
	public static String id(MockHttpSession carrier) {
		return (String) carrier.getAttribute(SESSION_ID);
	}

	private record CarriedByMockSession(HttpSessionIdResolver browsers) implements HttpSessionIdResolver {

		@Override
		public List<String> resolveSessionIds(HttpServletRequest request) {
			MockHttpServletRequest mock = mock(request);
			if (mock == null) {
				return this.browsers.resolveSessionIds(request);
			}
			HttpSession carrier = mock.getSession(false);
			Object id = (carrier != null) ? carrier.getAttribute(SESSION_ID) : null;
			return (id != null) ? List.of((String) id) : List.of();
		}

		@Override
		public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
			MockHttpServletRequest mock = mock(request);
			if (mock == null) {
				this.browsers.setSessionId(request, response, sessionId);
				return;
			}
			mock.getSession(true).setAttribute(SESSION_ID, sessionId);
		}

		@Override
		public void expireSession(HttpServletRequest request, HttpServletResponse response) {
			MockHttpServletRequest mock = mock(request);
			if (mock == null) {
				this.browsers.expireSession(request, response);
				return;
			}
			HttpSession carrier = mock.getSession(false);
			if (carrier != null) {
				carrier.removeAttribute(SESSION_ID);
			}
		}

		static MockHttpServletRequest mock(ServletRequest request) {
			ServletRequest current = request;
			while (current instanceof ServletRequestWrapper wrapper) {
				current = wrapper.getRequest();
			}
			return (current instanceof MockHttpServletRequest mock) ? mock : null;
		}

	}

}
